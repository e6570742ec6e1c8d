import {expect} from '@open-wc/testing';
import {allowedUrl, isPhoneNumber, phoneHref} from '../src/core/url.js';

describe('core/url', () => {
  describe('allowedUrl()', () => {
    it('accepts https: URLs, normalized', () => {
      expect(allowedUrl('https://clinic.example/contact')).to.equal('https://clinic.example/contact');
      expect(allowedUrl('  HTTPS://Clinic.Example/a b ')).to.equal('https://clinic.example/a%20b');
    });

    it('resolves relative URLs against document.baseURI, or the base given', () => {
      expect(allowedUrl('/api/inquiry')).to.equal(new URL('/api/inquiry', document.baseURI).href);
      expect(allowedUrl('contact', ['https'], 'https://clinic.example/dystonia/')).to.equal(
        'https://clinic.example/dystonia/contact'
      );
    });

    it('accepts http: only on the local machine', () => {
      for (const url of [
        'http://localhost/api',
        'http://localhost:8000/api',
        'http://127.0.0.1:3000/inquiry',
        'http://[::1]:8080/inquiry',
        'http://LOCALHOST/api',
      ]) {
        expect(allowedUrl(url), url).to.equal(new URL(url).href);
      }
    });

    it('refuses http: anywhere else, including look-alikes of localhost', () => {
      for (const url of [
        'http://clinic.example/inquiry',
        'http://localhost.clinic.example/inquiry',
        'http://127.0.0.2/inquiry',
        'http://192.168.1.10/inquiry',
      ]) {
        expect(allowedUrl(url), url).to.equal(null);
      }
    });

    it('refuses relative URLs on a page served over non-local http:', () => {
      expect(allowedUrl('/api/inquiry', ['https'], 'http://clinic.example/page')).to.equal(null);
      expect(allowedUrl('/api/inquiry', ['https'], 'http://localhost:8000/page')).to.equal(
        'http://localhost:8000/api/inquiry'
      );
    });

    it('refuses script, data and other schemes, however they are written', () => {
      for (const url of [
        'javascript:alert(1)',
        ' JavaScript:alert(1)',
        'java\tscript:alert(1)',
        '\u0001javascript:alert(1)',
        'data:text/html,<p>hi</p>',
        'vbscript:msgbox(1)',
        'blob:https://clinic.example/1234',
        'file:///etc/passwd',
        'ftp://clinic.example/',
        'ws://localhost/socket',
      ]) {
        expect(allowedUrl(url), url).to.equal(null);
      }
    });

    it('refuses URLs carrying credentials', () => {
      expect(allowedUrl('https://user:secret@clinic.example/inquiry')).to.equal(null);
      expect(allowedUrl('https://user@clinic.example/inquiry')).to.equal(null);
    });

    it('refuses what is not a URL at all', () => {
      expect(allowedUrl('https://')).to.equal(null);
      expect(allowedUrl('https://[oops')).to.equal(null);
      expect(allowedUrl('x', ['https'], 'not a base')).to.equal(null);
    });

    it('accepts tel: and mailto: only where allowed', () => {
      expect(allowedUrl('tel:+15550100')).to.equal(null);
      expect(allowedUrl('mailto:care@clinic.example')).to.equal(null);
      expect(allowedUrl('tel:+15550100', ['tel'])).to.equal('tel:+15550100');
      expect(allowedUrl('mailto:care@clinic.example', ['https', 'mailto'])).to.equal(
        'mailto:care@clinic.example'
      );
      // Allowing mailto: alone does not allow the web.
      expect(allowedUrl('https://clinic.example', ['mailto'])).to.equal(null);
      expect(allowedUrl('http://localhost/', ['mailto', 'tel'])).to.equal(null);
    });
  });

  describe('phone numbers', () => {
    it('accepts digits, spaces and + ( ) - . with a leading +', () => {
      for (const phone of ['+1 (555) 010-0199', '555.010.0199', '020 7946 0958', '+34 912 345 678', '112']) {
        expect(isPhoneNumber(phone), phone).to.equal(true);
      }
    });

    it('refuses letters, other characters, a + inside, and too few or too many digits', () => {
      for (const phone of [
        '1-800-FLOWERS',
        '555 0100 ext. 12',
        '555/0100',
        '555_0100',
        '55+5 0100',
        '12',
        '+',
        '',
        '123456789012345678901',
        'javascript:alert(1)',
      ]) {
        expect(isPhoneNumber(phone), phone).to.equal(false);
      }
    });

    it('accepts Arabic-Indic digits, as typed on an Arabic keyboard, and dials them as ASCII', () => {
      expect(isPhoneNumber('٠٢٠ ٧٩٤٦ ٠٩٥٨')).to.equal(true);
      expect(isPhoneNumber('+۹۸ ۲۱ ۱۲۳۴ ۵۶۷۸')).to.equal(true);
      expect(isPhoneNumber('٠٢')).to.equal(false);
      expect(phoneHref('+٩٧١ ٤ ٥٥٥ ٠١٩٩')).to.equal('tel:+97145550199');
    });

    it('phoneHref() gives a tel: URL without spaces, or null', () => {
      expect(phoneHref('+1 (555) 010-0199')).to.equal('tel:+1(555)010-0199');
      expect(phoneHref('call me')).to.equal(null);
    });
  });
});

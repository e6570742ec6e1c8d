import {ReactWidgets} from './react-widgets';
// #region docs
import {renderToString} from 'dystonia-widgets/server';
import {ServerWidgets} from './server-widgets';

/**
 * A server component: the widget's text and shadow DOM are in the HTML, in the page's language.
 * The browser turns the declarative shadow DOM's <template> into a shadow root before React
 * hydrates, so React must not compare the wrapper's inner HTML (suppressHydrationWarning).
 */
async function ServerTypes({lang}: {lang: string}) {
  const html = await renderToString('<dystonia-types filter="syndromes"></dystonia-types>', {locale: lang});
  return (
    <ServerWidgets>
      <div suppressHydrationWarning dangerouslySetInnerHTML={{__html: html}} />
    </ServerWidgets>
  );
}
// #endregion docs

export default async function Page({params}: {params: Promise<{lang: string}>}) {
  const {lang} = await params;
  return (
    <main>
      <h1>dystonia-widgets in Next.js ({lang})</h1>
      <section id="server-rendered">
        <h2>Server-rendered, hydrated</h2>
        <ServerTypes lang={lang} />
      </section>
      <section id="react-rendered">
        <h2>@lit/react components</h2>
        <ReactWidgets />
      </section>
    </main>
  );
}

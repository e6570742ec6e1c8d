import {StrictMode} from 'react';
import {createRoot} from 'react-dom/client';
import {App} from './App';

// The page's language, as a partner's i18n sets it (here from ?lang=), before the widgets render.
const lang = new URLSearchParams(location.search).get('lang') ?? 'en';
document.documentElement.lang = lang;
document.documentElement.dir = lang === 'ar' ? 'rtl' : 'ltr';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>
);

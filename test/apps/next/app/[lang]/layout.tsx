import type {ReactNode} from 'react';
import {directionOf, shippedLocales} from 'dystonia-widgets/server';

// One static page per language the widgets ship (en, es, ar); any other path is a 404.
export const dynamicParams = false;

export function generateStaticParams() {
  return shippedLocales.map((lang) => ({lang}));
}

// No favicon request (a 404 would count as a problem in check.mjs).
export const metadata = {title: 'dystonia-widgets in Next.js', icons: 'data:,'};

export default async function RootLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{lang: string}>;
}) {
  const {lang} = await params;
  // The page's language is <html lang>: what the widgets render in, on the server and in the browser.
  return (
    <html lang={lang} dir={directionOf(lang)}>
      <body>{children}</body>
    </html>
  );
}

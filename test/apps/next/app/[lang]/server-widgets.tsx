'use client';
// #region docs
// First, before anything else that imports Lit: the elements take over the server's shadow DOM.
import 'dystonia-widgets/hydrate';
import {useEffect, useRef, useState, type ReactNode} from 'react';

/** Hydrates the server-rendered widgets inside it and shows the last type a person opened or closed. */
export function ServerWidgets({children}: {children: ReactNode}) {
  const ref = useRef<HTMLDivElement>(null);
  const [last, setLast] = useState('');
  useEffect(() => {
    const wrapper = ref.current;
    if (!wrapper) return;
    // dw-type-toggle bubbles and is composed: it reaches the wrapper from the shadow root.
    const onToggle = (event: HTMLElementEventMap['dw-type-toggle']) =>
      setLast(`${event.detail.id} ${event.detail.open ? 'open' : 'closed'}`);
    wrapper.addEventListener('dw-type-toggle', onToggle);
    return () => wrapper.removeEventListener('dw-type-toggle', onToggle);
  }, []);
  return (
    <div ref={ref}>
      {children}
      <p>
        Last toggle: <output id="server-event">{last}</output>
      </p>
    </div>
  );
}
// #endregion docs

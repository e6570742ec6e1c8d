'use client';
// #region docs
// First, as in every client component that imports the package: a server-rendered widget elsewhere
// on the page hydrates whichever client component loads first.
import 'dystonia-widgets/hydrate';
import {useState} from 'react';
import {DystoniaTypes} from 'dystonia-widgets/react';

/** The @lit/react components: properties in camelCase, events as props, after SSR and hydration. */
export function ReactWidgets() {
  const [last, setLast] = useState('');
  return (
    <div>
      <DystoniaTypes
        filter="distribution"
        headingLevel={3}
        onTypeToggle={(event) => setLast(`${event.detail.id} ${event.detail.open ? 'open' : 'closed'}`)}
      />
      <p>
        Last toggle: <output id="react-event">{last}</output>
      </p>
    </div>
  );
}
// #endregion docs

// #region docs
import {useState} from 'react';
import {DystoniaTypes} from 'dystonia-widgets/react';

export function App() {
  const [lastToggle, setLastToggle] = useState('');
  return (
    <main>
      <DystoniaTypes
        onTypeToggle={(event) =>
          setLastToggle(`${event.detail.id}: ${event.detail.open ? 'open' : 'closed'}`)
        }
      />
      <p>
        Last toggled: <output id="last-toggle">{lastToggle}</output>
      </p>
    </main>
  );
}
// #endregion docs

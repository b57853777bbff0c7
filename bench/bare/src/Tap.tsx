import { useState } from 'react';

/** One button that answers a tap: what the benchmark measures on every page. */
export default function Tap() {
  const [taps, setTaps] = useState(0);
  return (
    <button type="button" onClick={() => setTaps(taps + 1)}>
      {taps === 0 ? 'Tap me' : `Tapped ${taps}`}
    </button>
  );
}

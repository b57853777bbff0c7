/**
 * Carrying a saved path to another computer, with no server: the link with the path in its
 * fragment (lib/paths/path-code.ts), the same link as a QR code, and a file (lib/paths/path-file.ts).
 */
import { useState } from 'react';
import { format } from '../../../lib/i18n/format';
import { pathFragment, type SharedPath } from '../../../lib/paths/path-code';
import { pathFile, pathFileName } from '../../../lib/paths/path-file';
import { downloadJson } from '../download';
import QrCode from './QrCode';
import type { PathsStrings } from '../strings';

interface Props {
  path: SharedPath;
  /** The path link page of this locale (`/en/path/`). */
  linkPage: string;
  strings: PathsStrings;
}

export default function PathShare({ path, linkPage, strings }: Props) {
  const [copied, setCopied] = useState(false);
  const link = `${window.location.origin}${linkPage}${pathFragment(path)}`;
  const copy = () => {
    navigator.clipboard.writeText(link).then(
      () => setCopied(true),
      () => setCopied(false),
    );
  };
  return (
    <div className="paths__share">
      <label className="paths__field">
        {strings['paths.link']}
        <input className="paths__link" readOnly dir="ltr" value={link} onFocus={(e) => e.currentTarget.select()} />
      </label>
      <div className="paths__actions">
        <button type="button" className="button" onClick={copy}>
          {strings['paths.copy']}
        </button>
        <button type="button" className="button" onClick={() => downloadJson(pathFileName(path.name), pathFile(path))}>
          {strings['paths.download']}
        </button>
      </div>
      {copied && <p role="status">{strings['paths.copied']}</p>}
      <QrCode text={link} label={format(strings['paths.qr'], { name: path.name })} />
      <p className="tutor__note">{strings['paths.qrHelp']}</p>
    </div>
  );
}

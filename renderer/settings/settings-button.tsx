import { Settings } from 'lucide-react';
import { useShowDialog } from '../files/dialog-host';
import { SettingsDialog } from './settings-dialog';

/** Opens Settings; in the title bar, beside the file actions. */
export function SettingsButton() {
  const show = useShowDialog();
  return (
    <button
      type="button"
      className="file-toolbar__button settings-button"
      // An icon: the title bar is already full of words; the name stays for screen readers.
      aria-label="Settings…"
      title="Settings: the Simulator and live-account profiles"
      onClick={() => void show<void>((close) => <SettingsDialog onClose={() => close()} />)}
    >
      <Settings size={17} strokeWidth={1.75} aria-hidden="true" focusable="false" />
    </button>
  );
}

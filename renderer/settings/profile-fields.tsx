import { PROFILE_REGIONS, tokenVariable } from '../../shared/ipc';
import type { DraftErrors, DraftField, ProfileDraft } from './profile-draft';
import { SettingsField } from './settings-field';

const REGION_LABELS: Readonly<Record<(typeof PROFILE_REGIONS)[number], string>> = {
  mumbai: 'Mumbai',
  singapore: 'Singapore',
  custom: 'Custom base URL',
};

/** The inputs of a live profile; the token input is write-only and says whether one is kept. */
export function ProfileFields(props: {
  draft: ProfileDraft;
  errors: DraftErrors;
  tokenStored: boolean;
  tokenStorage: 'encrypted' | 'environment';
  onChange: (field: DraftField, value: string) => void;
}) {
  const { draft, errors, onChange } = props;
  const field = (name: DraftField) => ({
    value: draft[name],
    error: errors[name],
    onChange: (value: string) => onChange(name, value),
  });
  const tokenHint =
    props.tokenStorage === 'environment'
      ? `Here the token is read from ${tokenVariable(draft.name || 'NAME')} (or LEGFLOW_API_TOKEN) in the environment${props.tokenStored ? ', which is set' : ''}.`
      : props.tokenStored
        ? 'Stored, encrypted by the operating system. Type a new one to replace it.'
        : 'Kept encrypted by the operating system, never in a file you could share.';

  return (
    <div className="settings-grid">
      <SettingsField label="Profile name" {...field('name')} />
      <div className="settings-field">
        <span className="settings-field__label" id="region-label">
          Region
        </span>
        <div className="segmented" role="radiogroup" aria-labelledby="region-label">
          {PROFILE_REGIONS.map((region) => (
            <label key={region} className="segmented__option">
              <input
                type="radio"
                name="region"
                value={region}
                checked={draft.region === region}
                onChange={() => onChange('region', region)}
              />
              {REGION_LABELS[region]}
            </label>
          ))}
        </div>
      </div>
      {draft.region === 'custom' && (
        <SettingsField
          label="Base URL"
          type="url"
          placeholder="https://api.example.com"
          className="settings-grid__wide"
          {...field('baseUrl')}
        />
      )}
      <SettingsField label="Account sid" {...field('accountSid')} />
      <SettingsField label="API key" {...field('apiKey')} />
      <SettingsField
        label="API token"
        type="password"
        autoComplete="new-password"
        placeholder={props.tokenStored ? 'Stored' : 'Not stored'}
        hint={tokenHint}
        className="settings-grid__wide"
        {...field('token')}
      />
      <SettingsField
        label="Default exophone"
        placeholder="Optional"
        {...field('defaultExophone')}
      />
      <div className="settings-grid__pair">
        <SettingsField label="Listener host" {...field('listenerHost')} />
        <SettingsField label="Listener port" type="number" {...field('listenerPort')} />
      </div>
      <SettingsField
        label="Public event endpoint URL"
        placeholder="grpc://events.example.com:443"
        hint="The address the platform sends call events to; a tunnel to the listener, for example."
        className="settings-grid__wide"
        {...field('eventEndpoint')}
      />
      <SettingsField label="TLS certificate file" placeholder="Optional" {...field('certFile')} />
      <SettingsField label="TLS key file" placeholder="Optional" {...field('keyFile')} />
    </div>
  );
}

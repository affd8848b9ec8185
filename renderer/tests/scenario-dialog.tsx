import { useState } from 'react';
import { EXPECTED_STATUSES } from '../../shared/flow-tests';
import type { ScenarioWire } from '../../shared/flow-tests';
import { Modal } from '../files/modal';
import { Field, FieldMessages } from '../inspector/field';
import { problemsOfError } from './problems-of-error';
import { BEHAVIOURS, draftOf, emptyIncoming, emptyParty, scenarioOfDraft } from './scenario-draft';
import type { DraftMessages, IncomingDraft, PartyDraft, ScenarioDraft } from './scenario-draft';

/**
 * A test's scenario as a form, as the inspector is for nodes: the parties the flow calls (number,
 * what they do, when they answer, the keys they press at each Gather, when they hang up), the
 * calls that come in, and what must happen (status, path, each leg's end). Checked as it is
 * saved, with each message under its field; the backend's refusals are listed on top.
 */
export function ScenarioDialog(props: {
  title: string;
  scenario: ScenarioWire;
  nodeIds: ReadonlySet<string>;
  takenNames: ReadonlySet<string>;
  onSave(scenario: ScenarioWire): Promise<void>;
  onClose(): void;
}) {
  const [draft, setDraft] = useState<ScenarioDraft>(() => draftOf(props.scenario));
  const [messages, setMessages] = useState<DraftMessages>({});
  const [refusal, setRefusal] = useState<readonly string[]>([]);
  const [saving, setSaving] = useState(false);
  const edit = (change: Partial<ScenarioDraft>) => setDraft((before) => ({ ...before, ...change }));
  const editParty = (index: number, change: Partial<PartyDraft>) =>
    edit({ parties: draft.parties.map((p, i) => (i === index ? { ...p, ...change } : p)) });
  const editCall = (index: number, change: Partial<IncomingDraft>) =>
    edit({ incoming: draft.incoming.map((c, i) => (i === index ? { ...c, ...change } : c)) });

  const save = async () => {
    const checked = scenarioOfDraft(draft, props.nodeIds, props.takenNames);
    setMessages(checked.messages);
    setRefusal([]);
    if (!checked.scenario) return;
    setSaving(true);
    try {
      await props.onSave(checked.scenario);
    } catch (error) {
      setRefusal(problemsOfError(error));
      setSaving(false);
    }
  };

  return (
    <Modal
      title={props.title}
      className="scenario-dialog"
      onCancel={props.onClose}
      onSubmit={() => void save()}
      actions={
        <>
          <button type="button" className="dialog-button" onClick={props.onClose}>
            Cancel
          </button>
          <button type="submit" className="dialog-button dialog-button--primary" disabled={saving}>
            {saving ? 'Saving…' : 'Save test'}
          </button>
        </>
      }
    >
      {refusal.length > 0 && (
        <div className="scenario-dialog__refusal" role="alert">
          {refusal.map((line) => (
            <p key={line}>{line}</p>
          ))}
        </div>
      )}
      <FieldMessages id="scenario-form-messages" messages={messages.form ?? []} />
      <Field label="Name" name="name" required messages={messages.name}>
        {(ids) => (
          <input
            id={ids.id}
            className="field__input"
            value={draft.name}
            data-autofocus
            aria-describedby={ids.describedBy}
            aria-invalid={ids.invalid || undefined}
            onChange={(event) => edit({ name: event.target.value })}
            onFocus={(event) => event.target.select()}
          />
        )}
      </Field>

      <h3 className="scenario-dialog__section">Who is called</h3>
      <p className="scenario-dialog__note">
        Numbers the flow dials, and what each does. Others behave as in the phonebook.
      </p>
      {draft.parties.map((party, index) => (
        <PartyFields
          key={index}
          index={index}
          party={party}
          messages={messages}
          onChange={(change) => editParty(index, change)}
          onRemove={() => edit({ parties: draft.parties.filter((_, i) => i !== index) })}
        />
      ))}
      <button
        type="button"
        className="dialog-button scenario-dialog__add"
        onClick={() => edit({ parties: [...draft.parties, emptyParty()] })}
      >
        Add a party
      </button>

      <h3 className="scenario-dialog__section">Calls coming in</h3>
      {draft.incoming.map((call, index) => {
        const at = `incoming.${index}`;
        return (
          <fieldset className="scenario-dialog__row" key={index} aria-label={`Call ${index + 1}`}>
            <TextField
              label="From"
              name={`${at}.from`}
              value={call.from}
              messages={messages}
              onChange={(from) => editCall(index, { from })}
            />
            <TextField
              label="To (ExoPhone)"
              name={`${at}.to`}
              value={call.to}
              messages={messages}
              onChange={(to) => editCall(index, { to })}
            />
            <TextField
              label="After (s)"
              name={`${at}.after`}
              value={call.after}
              messages={messages}
              inputMode="decimal"
              onChange={(after) => editCall(index, { after })}
            />
            <RemoveButton
              label={`Remove call ${index + 1}`}
              onClick={() => edit({ incoming: draft.incoming.filter((_, i) => i !== index) })}
            />
          </fieldset>
        );
      })}
      <button
        type="button"
        className="dialog-button scenario-dialog__add"
        onClick={() => edit({ incoming: [...draft.incoming, emptyIncoming()] })}
      >
        Add a call
      </button>

      <h3 className="scenario-dialog__section">What must happen</h3>
      <Field label="Status" name="expect.status" messages={messages['expect.status']}>
        {(ids) => (
          <select
            id={ids.id}
            className="field__input"
            value={draft.status}
            aria-describedby={ids.describedBy}
            onChange={(event) => edit({ status: event.target.value })}
          >
            <option value="">Any</option>
            {EXPECTED_STATUSES.map((status) => (
              <option key={status} value={status}>
                {status}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field
        label="Path"
        name="expect.path"
        help="The node ids the run goes through, in order, separated by → or commas. Empty: any path."
        messages={messages['expect.path']}
      >
        {(ids) => (
          <textarea
            id={ids.id}
            className="field__input scenario-dialog__path"
            value={draft.path}
            spellCheck={false}
            aria-describedby={ids.describedBy}
            onChange={(event) => edit({ path: event.target.value })}
          />
        )}
      </Field>
      <Field
        label="How each leg ends"
        name="expect.legs"
        help="One role: status a line, e.g. caller: completed."
        messages={messages['expect.legs']}
      >
        {(ids) => (
          <textarea
            id={ids.id}
            className="field__input"
            value={draft.legs}
            spellCheck={false}
            aria-describedby={ids.describedBy}
            aria-invalid={ids.invalid || undefined}
            onChange={(event) => edit({ legs: event.target.value })}
          />
        )}
      </Field>
    </Modal>
  );
}

function PartyFields(props: {
  index: number;
  party: PartyDraft;
  messages: DraftMessages;
  onChange(change: Partial<PartyDraft>): void;
  onRemove(): void;
}) {
  const { index, party, messages, onChange } = props;
  const at = `parties.${index}`;
  return (
    <fieldset className="scenario-dialog__row" aria-label={`Party ${index + 1}`}>
      <TextField
        label="Number"
        name={`${at}.number`}
        value={party.number}
        messages={messages}
        onChange={(number) => onChange({ number })}
      />
      <Field label="Does" name={`${at}.behaviour`} messages={messages[`${at}.behaviour`]}>
        {(ids) => (
          <select
            id={ids.id}
            className="field__input"
            value={party.behaviour}
            aria-describedby={ids.describedBy}
            onChange={(event) => onChange({ behaviour: event.target.value })}
          >
            {Object.entries(BEHAVIOURS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        )}
      </Field>
      <TextField
        label="Answers after (s)"
        name={`${at}.answerAfter`}
        value={party.answerAfter}
        messages={messages}
        inputMode="decimal"
        onChange={(answerAfter) => onChange({ answerAfter })}
      />
      <TextField
        label="Keys per Gather"
        name={`${at}.digits`}
        value={party.digits}
        messages={messages}
        placeholder="2, 1234#"
        onChange={(digits) => onChange({ digits })}
      />
      <TextField
        label="Hangs up after (s)"
        name={`${at}.hangupAfter`}
        value={party.hangupAfter}
        messages={messages}
        inputMode="decimal"
        onChange={(hangupAfter) => onChange({ hangupAfter })}
      />
      <RemoveButton label={`Remove party ${index + 1}`} onClick={props.onRemove} />
    </fieldset>
  );
}

function TextField(props: {
  label: string;
  name: string;
  value: string;
  messages: DraftMessages;
  placeholder?: string;
  inputMode?: 'decimal';
  onChange(value: string): void;
}) {
  return (
    <Field label={props.label} name={props.name} messages={props.messages[props.name]}>
      {(ids) => (
        <input
          id={ids.id}
          className="field__input"
          value={props.value}
          placeholder={props.placeholder}
          inputMode={props.inputMode}
          spellCheck={false}
          aria-describedby={ids.describedBy}
          aria-invalid={ids.invalid || undefined}
          onChange={(event) => props.onChange(event.target.value)}
        />
      )}
    </Field>
  );
}

function RemoveButton(props: { label: string; onClick(): void }) {
  return (
    <button
      type="button"
      className="scenario-dialog__remove"
      aria-label={props.label}
      title={props.label}
      onClick={props.onClick}
    >
      ×
    </button>
  );
}

/** The body of `POST /v2/accounts/{sid}/legs` (reference/legs-api.md, "Create a leg"). */
export interface CreateLegParams {
  /** The number to dial (leading 0 or country prefix) or a `sip:user@domain` URI. */
  contact_uri: string;
  /** The caller id: an Exotel number or SIP identity. */
  exophone: string;
  /** Where the leg's events go; the platform requires `grpc://`. */
  leg_event_endpoint: string;
  /** `voip` for a `sip:` contact, else `pstn` (the platform's default). */
  network_type?: 'pstn' | 'voip';
  /** Echoed back in every event of the leg. */
  custom_param?: string;
  /** Seconds from start until answered (default 30). */
  timeout?: number;
  /** Seconds from channel start until ringing (default 30). */
  setup_timeout?: number;
  /** Seconds from ringing until answered (default 30). */
  ring_timeout?: number;
  /** Longest life of the leg in seconds (default 14400, 4 h). */
  time_limit?: number;
  /** Place the leg in this data centre. */
  requested_dc_code?: string;
  /** Place the leg on this node. */
  requested_nso_code?: string;
  /** Co-locate with this leg; do it for legs that will be bridged. */
  reference_leg_sid?: string;
  /** Answering-machine detection (default false). */
  amd_enable?: boolean;
  /** With `amd_enable`: deliver the result later as an event (default false). */
  async_amd?: boolean;
  /** Only matters under calls-per-second control (default `normal`). */
  priority?: 'normal' | 'high';
}

/** Options of `GET /v2/accounts/{sid}/legs/{leg_sid}`. */
export interface GetLegOptions {
  /** Extra field groups, e.g. `['additional_info']`; sent as `?fields=a,b`. */
  fields?: readonly string[];
}

/** The body of `POST .../legs/{leg_sid}/actions`. */
export interface LegActionParams {
  /** One small action in a `<Flow>` root, e.g. `<Flow><Answer/></Flow>`. */
  exoml: string;
  /** Echoed back in the action's events as `action_custom_parameter`. */
  action_custom_param?: string;
}

/** The body of `POST /v2/accounts/{sid}/bridges`. */
export interface CreateBridgeParams {
  leg_sids: readonly string[];
  /** Where the bridge's events go. */
  bridge_event_endpoint: string;
  /** Keep DTMF from crossing the bridge. */
  absorb_dtmf?: boolean;
}

/** The body of `POST .../bridges/{bridge_sid}/actions`. */
export interface BridgeActionParams {
  /** ExoML for a bridge: StartPlay, StopPlay, Say, StopSay, StartRecording, StopRecording, Refer. */
  exoml: string;
}

/** Options of the stored-events endpoint. */
export interface GetLegEventsOptions {
  /** Only events of this name, e.g. `leg_answered`. */
  event_name?: string;
}

/**
 * How long a story waits for a state before it fails. Stories wait for the state they check,
 * never for time; this is only the point at which a state that never comes is called a failure.
 * Generous, because CI machines are busy: a state that comes late costs nothing when it comes.
 */
export const STATE_TIMEOUT_MS = 30_000;

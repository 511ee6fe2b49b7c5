/**
 * A host name as typed (Unicode) and, when different, as punycode: both are the same server.
 * Each is isolated left-to-right, so in Arabic or Persian text its labels can never be shown
 * reordered ("evil.example.zoom.us" read from the wrong end).
 */
export function HostName({ host, shown }: { host: string; shown: string }) {
  return (
    <span class="host-name">
      <bdi class="host" dir="ltr" lang="">
        {shown}
      </bdi>
      {shown !== host && (
        <span class="punycode">
          {' '}
          (<bdi dir="ltr">{host}</bdi>)
        </span>
      )}
    </span>
  );
}

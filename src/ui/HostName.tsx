/** A host name as typed (Unicode) and, when different, as punycode: both are the same server. */
export function HostName({ host, shown }: { host: string; shown: string }) {
  return (
    <span class="host-name">
      <span class="host" lang="">
        {shown}
      </span>
      {shown !== host && <span class="punycode"> ({host})</span>}
    </span>
  );
}

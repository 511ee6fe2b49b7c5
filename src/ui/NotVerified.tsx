/** The mark on a fact the catalogue lists as not verified. */
const TEXT = {
  mark: 'not verified',
  explain: 'Invite Guard could not confirm this fact from a reliable source.',
};

export function NotVerified() {
  return (
    <span class="not-verified" title={TEXT.explain}>
      {TEXT.mark}
    </span>
  );
}

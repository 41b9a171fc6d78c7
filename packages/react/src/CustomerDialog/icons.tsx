/** The "More actions" icon: three dots, drawn in the text colour. */
export function MoreIcon() {
  return (
    <svg data-part="dialog-icon" viewBox="0 0 16 16" aria-hidden="true">
      <circle cx="3" cy="8" r="1.25" />
      <circle cx="8" cy="8" r="1.25" />
      <circle cx="13" cy="8" r="1.25" />
    </svg>
  );
}

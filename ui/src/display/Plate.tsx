import "./plate.css";

/** A registration shown as a UK rear plate: bold, upper case, "AB12 CDE". */
export function Plate({ plate, size = "normal" }: { plate: string; size?: "normal" | "small" }) {
  return (
    <span data-testid="plate" className={size === "small" ? "plate plate--small" : "plate"}>
      {plate.toUpperCase()}
    </span>
  );
}

/** Several registrations as small plates, side by side (previous plates, a merge candidate's). */
export function SmallPlates({ plates, className }: { plates: string[]; className?: string }) {
  const small = plates.map((plate) => <Plate key={plate} plate={plate} size="small" />);
  return className ? <span className={className}>{small}</span> : small;
}

import "./plate.css";

/** A registration shown as a UK rear plate: bold, upper case, "AB12 CDE". */
export function Plate({ plate, size = "normal" }: { plate: string; size?: "normal" | "small" }) {
  return (
    <span data-testid="plate" className={size === "small" ? "plate plate--small" : "plate"}>
      {plate.toUpperCase()}
    </span>
  );
}

import "./skeleton.css";

/** Grey placeholder bars shown while content loads. */
export function SkeletonLines({ lines, className }: { lines: number; className?: string }) {
  return (
    <div className={className} aria-hidden="true">
      {Array.from({ length: lines }, (_, index) => (
        <div key={index} className="skeleton-bar" style={{ width: `${60 + ((index * 37) % 40)}%` }} />
      ))}
    </div>
  );
}

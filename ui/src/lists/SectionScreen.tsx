import { useState, type ReactNode } from "react";
import { OpenOnlyToggle } from "./OpenOnlyToggle";
import "./lists.css";

/** A garage-wide list page in the main window: heading, the Open only / All toggle, the list. */
export function SectionScreen({
  testId,
  heading,
  openLabel,
  allLabel,
  children,
}: {
  testId: string;
  heading: string;
  openLabel: string;
  allLabel: string;
  children: (onlyOpen: boolean) => ReactNode;
}) {
  const [onlyOpen, setOnlyOpen] = useState(true);
  return (
    <section className="section-screen" data-testid={testId} aria-labelledby={`${testId}-heading`}>
      <div className="section-screen__head">
        <h1 id={`${testId}-heading`} className="screen-heading">
          {heading}
        </h1>
        <OpenOnlyToggle onlyOpen={onlyOpen} onChange={setOnlyOpen} openLabel={openLabel} allLabel={allLabel} />
      </div>
      {children(onlyOpen)}
    </section>
  );
}

import { useContext, type Context } from "react";

/** A context's value, which only its provider gives: reading it outside that provider is a bug. */
export function useProvidedContext<T>(context: Context<T | null>, misuse: string): T {
  const value = useContext(context);
  if (!value) throw new Error(misuse);
  return value;
}

import { clsx, type ClassValue } from "clsx";

/** Joins class names; conditional classes as in clsx. */
export function cn(...inputs: ClassValue[]): string {
  return clsx(inputs);
}

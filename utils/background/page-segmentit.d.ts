// segmentit ships no types; only the calls the refiner makes are declared.
declare module 'segmentit' {
  export class Segment {}
  export interface Segmentit {
    doSegment(text: string, options: { simple: true; stripPunctuation?: boolean }): string[];
  }
  export function useDefault(segment: Segment): Segmentit;
}

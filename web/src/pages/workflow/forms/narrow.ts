import { createContext, useContext, useLayoutEffect, useRef, useState, type RefObject } from 'react';

/** True inside a renderer narrower than a phone in landscape: inputs and tables switch to stacked layouts. */
export const NarrowContext = createContext(false);
export const useNarrow = () => useContext(NarrowContext);

/** Below this width a form lays out like a phone. */
export const PHONE_WIDTH = 576;

/**
 * Watches an element's own width rather than the window's, so the phone preview inside the designer
 * and a narrow side panel lay out like a phone. 0 until measured.
 */
export function useElementWidth<T extends HTMLElement>(): [RefObject<T | null>, number] {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(0);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const update = () => setWidth(el.clientWidth);
    update();
    const observer = new ResizeObserver(update);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}

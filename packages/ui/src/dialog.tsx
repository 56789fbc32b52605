import { useEffect, useId, useLayoutEffect, useRef, type ReactNode } from 'react';
import './dialog.css';

export interface DialogProps {
  open: boolean;
  /** Called whenever the dialog closes: Escape, the close button, or the parent setting open=false. */
  onClose: () => void;
  title: string;
  description?: ReactNode;
  children: ReactNode;
  closeLabel?: string;
}

const FIRST_FIELD = '[data-autofocus], input:not([type="hidden"]), select, textarea';

/**
 * A modal built on the native <dialog> element, which already traps focus,
 * makes the page behind it inert and closes on Escape.
 */
export function Dialog({
  open,
  onClose,
  title,
  description,
  children,
  closeLabel = 'Close',
}: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const returnFocusTo = useRef<HTMLElement | null>(null);
  const titleId = useId();
  const descriptionId = useId();
  const onCloseRef = useRef(onClose);

  useEffect(() => {
    onCloseRef.current = onClose;
  }, [onClose]);

  // A layout effect, so the dialog opens and closes in the same frame its content changes.
  useLayoutEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      returnFocusTo.current =
        document.activeElement instanceof HTMLElement ? document.activeElement : null;
      dialog.showModal();
      // showModal focuses the first focusable element, which is the close button;
      // starting in the first field is what someone opening a form expects.
      const first = dialog.querySelector<HTMLElement>(`.rp-dialog__body :is(${FIRST_FIELD})`);
      first?.focus();
    } else if (!open && dialog.open) {
      dialog.close();
    }
  }, [open]);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const handleClose = () => {
      const target = returnFocusTo.current;
      returnFocusTo.current = null;
      if (target?.isConnected) target.focus();
      onCloseRef.current();
    };
    dialog.addEventListener('close', handleClose);
    return () => dialog.removeEventListener('close', handleClose);
  }, []);

  return (
    <dialog
      ref={ref}
      className="rp-dialog"
      aria-labelledby={titleId}
      aria-describedby={description ? descriptionId : undefined}
    >
      {open ? (
        <>
          <div className="rp-dialog__header">
            <div>
              <h2 id={titleId} className="rp-dialog__title">
                {title}
              </h2>
              {description ? (
                <p id={descriptionId} className="rp-dialog__description">
                  {description}
                </p>
              ) : null}
            </div>
            <button
              type="button"
              className="rp-dialog__close"
              aria-label={closeLabel}
              onClick={() => ref.current?.close()}
            >
              <svg width="18" height="18" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
                <path
                  d="M3.5 3.5l9 9m0-9l-9 9"
                  stroke="currentColor"
                  strokeWidth="1.8"
                  strokeLinecap="round"
                />
              </svg>
            </button>
          </div>
          <div className="rp-dialog__body">{children}</div>
        </>
      ) : null}
    </dialog>
  );
}

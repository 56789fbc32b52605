import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { Button } from './button';
import './toast.css';

export type ToastTone = 'success' | 'error' | 'info';

interface ToastItem {
  id: number;
  message: string;
  tone: ToastTone;
}

export interface ToastApi {
  show: (message: string, options?: { tone?: ToastTone }) => void;
}

const ToastContext = createContext<ToastApi | null>(null);

// Long enough to read a sentence twice; errors stay a little longer.
const VISIBLE_MS: Record<ToastTone, number> = { success: 6000, info: 6000, error: 10000 };

/**
 * Short confirmations after an action. The visible stack is for sighted users;
 * the same text goes into live regions that exist from the first render, because
 * screen readers ignore live regions that appear together with their content.
 */
export function ToastProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<ToastItem[]>([]);
  const [announcement, setAnnouncement] = useState({ polite: '', assertive: '' });
  const nextId = useRef(1);
  const timers = useRef(new Map<number, ReturnType<typeof setTimeout>>());

  const dismiss = useCallback((id: number) => {
    setToasts((current) => current.filter((toast) => toast.id !== id));
    const timer = timers.current.get(id);
    if (timer) clearTimeout(timer);
    timers.current.delete(id);
  }, []);

  const show = useCallback<ToastApi['show']>(
    (message, options) => {
      const tone = options?.tone ?? 'success';
      const id = nextId.current++;
      setToasts((current) => [...current.slice(-2), { id, message, tone }]);
      setAnnouncement(
        tone === 'error' ? { polite: '', assertive: message } : { polite: message, assertive: '' },
      );
      timers.current.set(
        id,
        setTimeout(() => dismiss(id), VISIBLE_MS[tone]),
      );
    },
    [dismiss],
  );

  useEffect(() => {
    const pending = timers.current;
    return () => pending.forEach((timer) => clearTimeout(timer));
  }, []);

  const api = useMemo(() => ({ show }), [show]);

  return (
    <ToastContext.Provider value={api}>
      {children}
      <div className="rp-visually-hidden" role="status" aria-live="polite">
        {announcement.polite}
      </div>
      <div className="rp-visually-hidden" role="alert" aria-live="assertive">
        {announcement.assertive}
      </div>
      {toasts.length > 0 ? (
        <ul className="rp-toasts" aria-label="Notifications">
          {toasts.map((toast) => (
            <li key={toast.id} className={`rp-toast rp-toast--${toast.tone}`}>
              <p className="rp-toast__message">{toast.message}</p>
              <Button
                variant="ghost"
                size="sm"
                aria-label={`Dismiss: ${toast.message}`}
                onClick={() => dismiss(toast.id)}
              >
                Dismiss
              </Button>
            </li>
          ))}
        </ul>
      ) : null}
    </ToastContext.Provider>
  );
}

export function useToast(): ToastApi {
  const api = useContext(ToastContext);
  if (!api) throw new Error('useToast must be used inside <ToastProvider>.');
  return api;
}

import { createContext, useCallback, useContext, useState, type ReactNode } from 'react'

type Notify = (message: string) => void
const ToastContext = createContext<Notify>(() => {})

/** Short confirmations ("Cliënt toegevoegd") announced politely to screen readers. */
export function ToastProvider({ children }: { children: ReactNode }) {
  const [message, setMessage] = useState<string | null>(null)
  const notify = useCallback<Notify>((m) => {
    setMessage(m)
    window.setTimeout(() => setMessage((current) => (current === m ? null : current)), 5000)
  }, [])
  return (
    <ToastContext.Provider value={notify}>
      {children}
      <div className="toast-region" role="status" aria-live="polite">
        {message && <div className="toast">{message}</div>}
      </div>
    </ToastContext.Provider>
  )
}

export const useToast = () => useContext(ToastContext)

// The shared styles come first; each area's stylesheet follows from its index.ts, so it can build on them.
import '@fontsource/noto-emoji/400.css'
import './styles/base.css'
import './styles/layout.css'
import './styles/lock.css'
import './styles/forms.css'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { installDutchErrors } from '../../shared/validation/dutchErrors'
import { App } from './app/App'
import { ToastProvider } from './components/Toast'

installDutchErrors()
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ToastProvider>
      <App />
    </ToastProvider>
  </StrictMode>,
)

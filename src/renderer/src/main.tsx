import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { installDutchErrors } from '../../shared/validation/dutchErrors'
import { App } from './app/App'
import { ToastProvider } from './components/Toast'
import './styles/base.css'
import './styles/layout.css'
import './styles/forms.css'
import './styles/caseload.css'
import './styles/dossier.css'
import './styles/plannen.css'
import './styles/brieven.css'
import './styles/aanbieders.css'

installDutchErrors()
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ToastProvider>
      <App />
    </ToastProvider>
  </StrictMode>,
)

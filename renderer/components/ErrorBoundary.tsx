import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props { readonly label: string; readonly children: ReactNode }
interface State { readonly error: Error | null }

/** Keeps one panel's crash from blanking the window: the panel shows the error and a retry. */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error(`${this.props.label} crashed`, error, info.componentStack);
  }

  override render(): ReactNode {
    if (!this.state.error) return this.props.children;
    return (
      <div className="panel-crash" role="alert" data-testid="panel-crash">
        <strong>{this.props.label} failed:</strong> {this.state.error.message}
        <button type="button" className="button" onClick={() => this.setState({ error: null })}>Retry</button>
      </div>
    );
  }
}

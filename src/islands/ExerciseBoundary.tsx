/**
 * Catches a crash inside one exercise, so the child sees a friendly message in their
 * language and the rest of the page keeps working.
 */
import { Component, type ReactNode } from 'react';

interface Props {
  message: string;
  children: ReactNode;
  /** Told of the crash: an island whose first screen the page drew itself takes that away. */
  onCrash?: () => void;
}

export default class ExerciseBoundary extends Component<Props, { crashed: boolean }> {
  override state = { crashed: false };

  static getDerivedStateFromError() {
    return { crashed: true };
  }

  override componentDidCatch(error: unknown) {
    console.error('An exercise stopped working:', error);
    this.props.onCrash?.();
  }

  override render() {
    if (this.state.crashed) {
      return (
        <p className="exercise-crashed" role="alert">
          {this.props.message}
        </p>
      );
    }
    return this.props.children;
  }
}

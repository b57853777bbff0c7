/** A sentence with a name in it, the name in its own <bdi>: an Arabic name in an English sentence, or the reverse. */
import { Fragment, type ReactNode } from 'react';

/** `Children in {name}` with `name` isolated; every `{name}` is filled. */
export function named(template: string, name: string): ReactNode {
  return template.split('{name}').map((part, i) => (
    <Fragment key={i}>
      {i > 0 && <bdi>{name}</bdi>}
      {part}
    </Fragment>
  ));
}

/**
 * Which links and nodes make up "the whole path" through a node or link, from source to spending.
 * Pure and tiny: the client script runs it on data read from the SVG's data attributes.
 */
export interface TraceLink {
  id: string;
  source: string;
  target: string;
  /** Source node ids that pay for this link's money. */
  funds: readonly string[];
  /** 0 for source → function, 1 for function → spending. */
  step: 0 | 1;
}

export interface Trace {
  links: Set<string>;
  nodes: Set<string>;
}

/**
 * A path follows the money: from a source, only into the spending that source pays for;
 * from a project, back only to the sources that pay for it. A function node lights up
 * everything in and out of it.
 */
export function tracePath(links: readonly TraceLink[], key: string): Trace {
  const lit = new Set<string>();
  const intoSpending = (link: TraceLink) => {
    lit.add(link.id);
    for (const first of links) if (first.step === 0 && first.target === link.source && link.funds.includes(first.source)) lit.add(first.id);
  };
  const fromSource = (link: TraceLink) => {
    lit.add(link.id);
    for (const second of links)
      if (second.step === 1 && second.source === link.target && second.funds.includes(link.source)) lit.add(second.id);
  };
  const asLink = links.find((link) => link.id === key);
  if (asLink) {
    if (asLink.step === 0) fromSource(asLink);
    else intoSpending(asLink);
  } else {
    const incoming = links.filter((link) => link.target === key);
    const outgoing = links.filter((link) => link.source === key);
    if (incoming.length && outgoing.length) {
      for (const link of [...incoming, ...outgoing]) lit.add(link.id);
    } else {
      for (const link of incoming) intoSpending(link);
      for (const link of outgoing) fromSource(link);
    }
  }
  const nodes = new Set<string>([...(asLink ? [] : [key])]);
  for (const link of links) {
    if (!lit.has(link.id)) continue;
    nodes.add(link.source);
    nodes.add(link.target);
  }
  return { links: lit, nodes };
}

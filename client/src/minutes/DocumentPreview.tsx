/** Renders a document's layout model as HTML: the same sections and blocks the server prints to PDF. */
import { useId } from 'react';
import type { DocBlock, DocModel } from '@naervaer/shared/minutes';

/**
 * The system model with its description printed under it. The description is read once, as the
 * image's name: the caption it comes from is hidden from assistive technology (as the PDF's Figure is
 * read by its alternative text alone), and the SVG's own text is inside the image.
 */
function Diagram({ svg, description }: { svg: string; description: string }) {
  const captionId = useId();
  return (
    <div className="doc-diagram">
      {/* The SVG is built on the server from escaped data (server/src/minutes/diagram.ts). */}
      <div role="img" aria-labelledby={captionId} dangerouslySetInnerHTML={{ __html: svg }} />
      <p id={captionId} className="doc-caption" aria-hidden="true">
        {description}
      </p>
    </div>
  );
}

function Block({ block }: { block: DocBlock }) {
  switch (block.type) {
    case 'paragraph':
      return <p className={`doc-p doc-${block.tone ?? 'normal'}`}>{block.text}</p>;
    case 'subheading':
      return <h4>{block.text}</h4>;
    case 'list':
      return (
        <ul>
          {block.items.map((item, i) => (
            <li key={i}>{item}</li>
          ))}
        </ul>
      );
    case 'fields':
      return (
        <dl className="doc-fields">
          {block.rows.map((r, i) => (
            <div key={i}>
              <dt>{r.label}</dt>
              <dd>{r.value}</dd>
            </div>
          ))}
        </dl>
      );
    case 'table':
      return (
        <div className="doc-table-wrap">
          <table className="data-table">
            <thead>
              <tr>
                {block.columns.map((c, i) => (
                  <th key={i} scope="col">
                    {c.header}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {block.rows.map((row, i) => (
                <tr key={i}>
                  {row.map((cell, j) => (
                    <td key={j}>{cell}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      );
    case 'diagram':
      return <Diagram svg={block.svg} description={block.description} />;
    case 'signatures':
      return (
        <ul className="doc-signatures">
          {block.lines.map((line) => (
            <li key={line}>
              {block.signLabel}: {line} ______________________ {block.dateLabel}: __________
            </li>
          ))}
        </ul>
      );
  }
}

export function DocumentPreview({ model }: { model: DocModel }) {
  const id = `doc-${model.document}`;
  return (
    <article className={`card doc-preview${model.large ? ' doc-large' : ''}`} aria-labelledby={id} lang={model.language === 'en' ? 'en' : model.language === 'nn' ? 'nn' : 'nb'}>
      <h2 id={id}>{model.title}</h2>
      {model.subtitle.map((line) => (
        <p key={line} className="meta">
          {line}
        </p>
      ))}
      <p className="meta">{model.status.join(' · ')}</p>
      {model.notice && <p className="callout">{model.notice}</p>}
      {model.sections.map((section) => (
        <section key={section.id}>
          <h3>{section.heading}</h3>
          {section.blocks.map((block, i) => (
            <Block key={i} block={block} />
          ))}
        </section>
      ))}
    </article>
  );
}

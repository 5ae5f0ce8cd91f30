/**
 * The resource/risk note on the canvas. It mirrors one mapping record (its id is the record's id):
 * the binding (binding.ts) writes the record into the shape and the user's changes back into the
 * record. Resources and risks differ by sign, outline and colour.
 */
import { useTranslation } from 'react-i18next';
import {
  HTMLContainer,
  PlainTextLabel,
  type RecordProps,
  Rectangle2d,
  ShapeUtil,
  T,
  type TLShape,
  createShapeId,
  useIsEditing,
} from 'tldraw';
import { BOARD } from '@naervaer/shared/board-layout';
import { useBoardWords } from './wording';

export const NOTE_TYPE = 'mapping-note';

declare module 'tldraw' {
  export interface TLGlobalShapePropsMap {
    [NOTE_TYPE]: { kind: 'resource' | 'risk'; text: string; saidByName: string; w: number; h: number };
  }
}

export type NoteShape = TLShape<typeof NOTE_TYPE>;

/** The shape id of a mapping item, and back. */
export function noteShapeId(itemId: string) {
  return createShapeId(itemId);
}
export function itemIdOf(shapeId: string): string {
  return shapeId.replace(/^shape:/, '');
}

export const NOTE_FONT = { size: BOARD.noteFontSize, lineHeight: 1.2, family: 'system-ui, "Segoe UI", Roboto, Arial, sans-serif' } as const;

/** Outline of a risk: an octagon (cut corners), so it differs from a resource without colour. */
function riskOutline(w: number, h: number, c = 18): string {
  return `M${c},0 H${w - c} L${w},${c} V${h - c} L${w - c},${h} H${c} L0,${h - c} V${c} Z`;
}

function NoteBody({ shape }: { shape: NoteShape }) {
  const { t } = useTranslation('board');
  const words = useBoardWords();
  const isEditing = useIsEditing(shape.id);
  const { kind, text, saidByName, w, h } = shape.props;
  const risk = kind === 'risk';
  return (
    <HTMLContainer
      className={`mapping-note mapping-note--${kind}`}
      data-mapping-id={itemIdOf(shape.id)}
      data-kind={kind}
      style={{ width: w, height: h, pointerEvents: 'all' }}
    >
      <svg className="mapping-note__outline" width={w} height={h} aria-hidden="true">
        {risk ? (
          <path d={riskOutline(w, h)} />
        ) : (
          <rect x={1.5} y={1.5} width={w - 3} height={h - 3} rx={22} />
        )}
      </svg>
      <span className="mapping-note__sign" aria-hidden="true">
        {t(`sign.${kind}`)}
      </span>
      <span className="visually-hidden">{words(kind)}</span>
      <div className="mapping-note__text">
        <PlainTextLabel
          shapeId={shape.id}
          type={NOTE_TYPE}
          text={text}
          labelColor="#14212b"
          fontFamily={NOTE_FONT.family}
          fontSize={NOTE_FONT.size}
          lineHeight={NOTE_FONT.lineHeight}
          textAlign="start"
          verticalAlign="start"
          wrap
          isSelected={isEditing}
          padding={0}
        />
      </div>
      {saidByName && !isEditing && <span className="mapping-note__said-by">— {saidByName}</span>}
    </HTMLContainer>
  );
}

export class NoteShapeUtil extends ShapeUtil<NoteShape> {
  static override type = NOTE_TYPE;
  static override props: RecordProps<NoteShape> = {
    kind: T.literalEnum('resource', 'risk'),
    text: T.string,
    saidByName: T.string,
    w: T.number,
    h: T.number,
  };

  getDefaultProps(): NoteShape['props'] {
    return { kind: 'resource', text: '', saidByName: '', w: BOARD.noteW, h: BOARD.noteH };
  }

  getGeometry(shape: NoteShape) {
    return new Rectangle2d({ width: shape.props.w, height: shape.props.h, isFilled: true });
  }

  override canEdit() {
    return true;
  }
  override canResize() {
    return false;
  }
  override hideResizeHandles() {
    return true;
  }
  override hideRotateHandle() {
    return true;
  }
  override isAspectRatioLocked() {
    return true;
  }

  component(shape: NoteShape) {
    return <NoteBody shape={shape} />;
  }

  getIndicatorPath(shape: NoteShape) {
    const path = new Path2D();
    if (shape.props.kind === 'risk') path.addPath(new Path2D(riskOutline(shape.props.w, shape.props.h)));
    else path.roundRect(0, 0, shape.props.w, shape.props.h, 22);
    return path;
  }
}

/**
 * A line's path for recharts' <Line shape>, for lines that are never animated. recharts' own shape
 * (LineDrawShape) hands the path a ref, and the line then measures that path with getTotalLength on
 * every render to animate its drawing; the measure forces a layout of the page in the middle of the
 * render. Without the ref nothing is measured; the path drawn is the same (same Curve, same props).
 */
import { Curve, type LineDrawShapeProps } from 'recharts';

export function StaticLineShape(props: LineDrawShapeProps) {
  // Animation props are for animated shapes only; the ref is what makes recharts measure.
  const { pathRef: _ref, animationElapsedTime: _t, isAnimating: _a, isEntrance: _e, visibleLength: _v, connectNulls, ...curve } = props;
  return <Curve {...curve} connectNulls={connectNulls ?? false} />;
}

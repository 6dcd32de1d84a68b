/** The drawing worker's task (render.ts runs it in a worker thread): one card in, its PNG out. */
import type { Brand, Card } from './card.ts';
import { drawCard } from './draw.ts';

export default function draw({ card, brand }: { card: Card; brand: Brand }): Promise<Buffer> {
  return drawCard(card, brand);
}

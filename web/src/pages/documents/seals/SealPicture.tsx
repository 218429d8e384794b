import { sealPictureUrl, type Seal } from '../api';

/** The seal's impression (the server draws it as SVG). */
export function SealPicture({ seal, size }: { seal: Seal; size: number }) {
  return <img src={sealPictureUrl(seal.id)} alt={`${seal.unit}${seal.name}`} width={size} height={size} style={{ display: 'block' }} />;
}

/**
 * An image document (a photographed or scanned page, PNG or JPEG) drawn as a page with the boxes
 * its OCR placed a figure in. The boxes are in the page's units (points at the image's resolution,
 * `page.size`), so they are placed as shares of its width and height and follow any zoom; the browser
 * turns the image as its EXIF orientation says, as the importer did before reading it.
 */
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PageBox } from '../../../../shared/domain/figure';
import type { PageRange } from '../../../../shared/domain/report';

const percent = (part: number, whole: number) => `${(100 * part) / whole}%`;

function imageType(bytes: Uint8Array): string {
  return bytes[0] === 0x89 ? 'image/png' : 'image/jpeg';
}

export function ImagePage({ bytes, page, boxes }: { bytes: Uint8Array; page: PageRange | undefined; boxes: readonly PageBox[] }) {
  const { t } = useTranslation();
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    const made = URL.createObjectURL(new Blob([bytes as BlobPart], { type: imageType(bytes) }));
    setUrl(made);
    return () => URL.revokeObjectURL(made);
  }, [bytes]);
  const size = page?.size;
  const first = useRef<HTMLDivElement>(null);
  const scroller = useRef<HTMLDivElement>(null);
  const [loaded, setLoaded] = useState(false);
  useLayoutEffect(() => {
    if (loaded && first.current && scroller.current) scroller.current.scrollTop = first.current.offsetTop - scroller.current.clientHeight / 2;
  }, [loaded, boxes]);
  const placed = useMemo(
    () =>
      size
        ? boxes.map((box) => ({ left: percent(box.x, size.width), top: percent(box.y, size.height), width: percent(box.width, size.width), height: percent(box.height, size.height) }))
        : [],
    [boxes, size],
  );
  return (
    <div className="source-scroll evidence-image-scroll" ref={scroller} tabIndex={0}>
      <div className="evidence-image" data-testid="evidence-image" data-state={loaded ? 'rendered' : 'loading'}>
        {url && <img src={url} alt={t('evidence.imageAlt')} onLoad={() => setLoaded(true)} />}
        {placed.map((style, index) => (
          <div key={index} ref={index === 0 ? first : undefined} className="evidence-image-highlight" data-testid="evidence-highlight" style={style} />
        ))}
      </div>
    </div>
  );
}

/**
 * Saving text as a file from an extension page: a Blob URL and `<a download>`, which needs no
 * `downloads` permission.
 */
export function download(filename: string, mime: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: mime }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  // The download has started by then; the URL stays valid a while for slow disks.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

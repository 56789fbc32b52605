/**
 * Hands the browser a text file to save (an export), without a round trip
 * through a server address.
 */
export function downloadTextFile(text: string, fileName: string, type = 'text/csv') {
  // A byte-order mark makes spreadsheet programs read the UTF-8 accents correctly.
  const blob = new Blob(['\uFEFF', text], { type: `${type};charset=utf-8` });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers read the blob after click() returns; let them finish first.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/**
 * Share buttons and "copy" buttons: shown only when the browser can do what they promise, and
 * every outcome said in Vietnamese in a live region.
 */
export function startSharing(root: Document): void {
  for (const section of root.querySelectorAll<HTMLElement>('[data-share]')) {
    const status = section.querySelector<HTMLElement>('[data-share-status]');
    const native = section.querySelector<HTMLButtonElement>('[data-share-native]');
    const url = section.dataset['url'] ?? location.href;
    const title = section.dataset['title'] ?? document.title;
    if (native && typeof navigator.share === 'function') {
      native.hidden = false;
      native.addEventListener('click', () => {
        navigator.share({ title, url }).catch(() => undefined);
      });
    }
    if (status) enableCopyButtons(section, status);
  }
  for (const block of root.querySelectorAll<HTMLElement>('[data-citation]')) {
    const status = block.querySelector<HTMLElement>('[data-share-status]');
    if (status) enableCopyButtons(block, status);
  }
}

function enableCopyButtons(scope: HTMLElement, status: HTMLElement) {
  if (!navigator.clipboard) return;
  for (const button of scope.querySelectorAll<HTMLButtonElement>('[data-copy]')) {
    button.hidden = false;
    button.addEventListener('click', async () => {
      try {
        await navigator.clipboard.writeText(button.dataset['copy'] ?? '');
        status.textContent = button.dataset['copied'] ?? 'Đã sao chép.';
      } catch {
        status.textContent = 'Không sao chép được. Hãy chọn đoạn chữ rồi sao chép bằng tay.';
      }
    });
  }
}

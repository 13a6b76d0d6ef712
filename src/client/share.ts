/**
 * Share buttons and "copy" buttons: shown only when the browser can do what they promise, and
 * every outcome said in Vietnamese in a live region.
 */
export function startSharing(root: Document): void {
  for (const section of root.querySelectorAll<HTMLElement>('[data-share]')) {
    const native = section.querySelector<HTMLButtonElement>('[data-share-native]');
    const url = section.dataset['url'] ?? location.href;
    const title = section.dataset['title'] ?? document.title;
    if (native && typeof navigator.share === 'function') {
      native.hidden = false;
      native.addEventListener('click', () => {
        navigator.share({ title, url }).catch(() => undefined);
      });
    }
  }
  startCopying(root, '[data-share]');
}

/**
 * The "copy" buttons inside each `selector` block (the share bar, the citation), each reporting
 * to its block's status line. Each component starts its own, so neither depends on the other.
 */
export function startCopying(root: Document, selector: string): void {
  if (!navigator.clipboard) return;
  for (const scope of root.querySelectorAll<HTMLElement>(selector)) {
    const status = scope.querySelector<HTMLElement>('[data-share-status]');
    if (status) enableCopyButtons(scope, status);
  }
}

function enableCopyButtons(scope: HTMLElement, status: HTMLElement) {
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

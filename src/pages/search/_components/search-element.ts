/**
 * <insight-search>: runs the Pagefind index in the browser. The page works without it (the form,
 * the archive and topic links are plain HTML); with it, results appear as the reader types and can
 * be narrowed by topic, author and year.
 */

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}
interface PagefindModule {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(
    query: string | null,
    options: { filters?: Record<string, string[]>; sort?: Record<string, 'asc' | 'desc'> },
  ): Promise<{ results: { data(): Promise<PagefindResultData> }[] } | null>;
}

const MAX_RESULTS = 30;
const dateFormat = new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeZone: 'UTC' });

class InsightSearch extends HTMLElement {
  #pagefind: Promise<PagefindModule> | undefined;
  #input!: HTMLInputElement;
  #status!: HTMLElement;
  #results!: HTMLOListElement;
  #run = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;

  connectedCallback(): void {
    const form = this.querySelector('form');
    const input = this.querySelector<HTMLInputElement>('input[type="search"]');
    const status = this.querySelector<HTMLElement>('[data-status]');
    const results = this.querySelector<HTMLOListElement>('[data-results]');
    if (!form || !input || !status || !results) return;
    [this.#input, this.#status, this.#results] = [input, status, results];

    for (const el of this.querySelectorAll<HTMLElement>('[data-needs-js]')) el.hidden = false;
    for (const el of this.querySelectorAll<HTMLElement>('[data-no-js]')) el.hidden = true;

    const params = new URLSearchParams(location.search);
    input.value = params.get('q') ?? '';
    for (const box of this.#filterBoxes()) box.checked = params.getAll(box.name).includes(box.value);

    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.#search();
    });
    form.addEventListener('input', () => {
      clearTimeout(this.#timer);
      this.#timer = setTimeout(() => void this.#search(), 200);
    });
    if (input.value || this.#selectedFilters().size > 0) void this.#search();
  }

  #filterBoxes(): HTMLInputElement[] {
    return [...this.querySelectorAll<HTMLInputElement>('input[type="checkbox"][data-filter]')];
  }

  #selectedFilters(): Map<string, string[]> {
    const selected = new Map<string, string[]>();
    for (const box of this.#filterBoxes()) {
      if (box.checked) selected.set(box.name, [...(selected.get(box.name) ?? []), box.value]);
    }
    return selected;
  }

  #load(): Promise<PagefindModule> {
    // The index is written after the build, so its path is not known to the bundler.
    const path = '/pagefind/pagefind.js';
    this.#pagefind ??= (import(/* @vite-ignore */ path) as Promise<PagefindModule>).then(async (pagefind) => {
      await pagefind.options({ excerptLength: 30 });
      await pagefind.init();
      return pagefind;
    });
    return this.#pagefind;
  }

  async #search(): Promise<void> {
    const run = ++this.#run;
    const query = this.#input.value.trim();
    const filters = Object.fromEntries(this.#selectedFilters());
    this.#syncAddress(query);
    if (!query && Object.keys(filters).length === 0) {
      this.#results.replaceChildren();
      this.#status.textContent = '';
      return;
    }
    this.#status.textContent = 'Searching…';
    try {
      const pagefind = await this.#load();
      const search = await pagefind.search(query || null, { filters, sort: query ? {} : { date: 'desc' } });
      if (run !== this.#run || !search) return;
      const data = await Promise.all(search.results.slice(0, MAX_RESULTS).map((r) => r.data()));
      if (run !== this.#run) return;
      this.#render(data);
      const count = search.results.length;
      this.#status.textContent =
        count === 0
          ? 'No insight matches. Try other words or fewer filters.'
          : `${count} ${count === 1 ? 'insight' : 'insights'} found${count > MAX_RESULTS ? `, showing the first ${MAX_RESULTS}` : ''}.`;
    } catch {
      if (run === this.#run) this.#status.textContent = 'Search could not load. Browse the archive or topics instead.';
    }
  }

  #syncAddress(query: string): void {
    const params = new URLSearchParams();
    if (query) params.set('q', query);
    for (const [name, values] of this.#selectedFilters()) for (const v of values) params.append(name, v);
    const search = params.toString();
    history.replaceState(null, '', search ? `?${search}` : location.pathname);
  }

  #render(data: PagefindResultData[]): void {
    const items = data.map((result) => {
      const li = document.createElement('li');
      const heading = document.createElement('h2');
      const link = document.createElement('a');
      link.href = result.url;
      link.textContent = result.meta['title'] ?? result.url;
      heading.append(link);
      li.append(heading);
      const date = result.meta['date'];
      if (date) {
        const time = document.createElement('time');
        time.dateTime = date;
        time.textContent = dateFormat.format(new Date(`${date}T00:00:00Z`));
        li.append(time);
      }
      const excerpt = document.createElement('p');
      // Pagefind escapes the page text and only adds <mark> around matches.
      excerpt.innerHTML = result.excerpt;
      li.append(excerpt);
      return li;
    });
    this.#results.replaceChildren(...items);
  }
}

customElements.define('insight-search', InsightSearch);

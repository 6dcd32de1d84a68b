/**
 * <signup-form>: submits the form it wraps in place with fetch. Without it the form is a plain HTML
 * form that posts to the provider, which redirects to our thank-you page. With it: the reader's own
 * error messages beside each field, the button disabled while sending, the thank-you text in place on
 * success, and on any failure every typed value kept, with a message saying what happened.
 */

const seconds = (ms: number) => Math.round(ms / 1000);

class SignupForm extends HTMLElement {
  #sending = false;

  connectedCallback(): void {
    const form = this.querySelector('form');
    if (!form) return;
    // Our messages replace the browser's bubbles; validation itself stays native (required, type).
    form.noValidate = true;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.#submit(form);
    });
    for (const control of this.#controls(form)) {
      control.addEventListener('input', () => {
        if (control.getAttribute('aria-invalid') === 'true') this.#check(control);
      });
      control.addEventListener('blur', () => {
        if (control.value !== '') this.#check(control);
      });
    }
  }

  #controls(form: HTMLFormElement): (HTMLInputElement | HTMLTextAreaElement)[] {
    return [...form.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('[data-label]')];
  }

  /** Shows or clears the message of one field; true when it is valid. */
  #check(control: HTMLInputElement | HTMLTextAreaElement): boolean {
    const error = this.querySelector<HTMLElement>(`[data-error-for="${control.id}"]`);
    const label = (control.dataset['label'] ?? 'this field').toLowerCase();
    let message = '';
    if (control.validity.valueMissing || control.value.trim() === '') message = `Enter your ${label}.`;
    else if (control.validity.typeMismatch) message = 'Enter an email address like name@company.com.';
    else if (!control.validity.valid) message = `Check your ${label}.`;
    control.setAttribute('aria-invalid', String(message !== ''));
    if (error) {
      error.textContent = message;
      error.hidden = message === '';
    }
    return message === '';
  }

  #problem(form: HTMLFormElement, message: string): void {
    const problem = form.querySelector<HTMLElement>('[data-problem]');
    if (!problem) return;
    problem.textContent = message;
    problem.hidden = message === '';
  }

  #thank(form: HTMLFormElement): void {
    const thanks = this.querySelector<HTMLElement>('[data-thanks]');
    form.hidden = true;
    if (thanks) {
      thanks.hidden = false;
      thanks.focus();
    }
  }

  async #submit(form: HTMLFormElement): Promise<void> {
    if (this.#sending) return;
    this.#problem(form, '');
    const controls = this.#controls(form);
    const invalid = controls.filter((c) => !this.#check(c));
    if (invalid.length > 0) {
      invalid[0]?.focus();
      return;
    }
    const noun = this.dataset['noun'] ?? 'Requests';
    if (this.dataset['configured'] !== 'true') {
      this.#problem(
        form,
        `${noun} are not set up on this site yet, so nothing was sent. Everything you typed is still here; please try again later.`,
      );
      return;
    }
    const data = new FormData(form);
    const honeypot = this.dataset['honeypot'];
    // Only bots fill the hidden field: they get the thank-you and nothing is sent.
    if (honeypot && String(data.get(honeypot) ?? '') !== '') {
      this.#thank(form);
      return;
    }
    if (honeypot) data.delete(honeypot);

    const button = form.querySelector<HTMLButtonElement>('button[type="submit"]');
    const timeoutMs = Number(this.dataset['timeout']) || 15_000;
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeoutMs);
    this.#sending = true;
    if (button) button.disabled = true;
    form.setAttribute('aria-busy', 'true');
    const kept = 'Everything you typed is still here, so you can try again.';
    try {
      const body = new URLSearchParams([...data].map(([k, v]) => [k, String(v)]));
      const method = form.method.toUpperCase();
      const url = new URL(form.action);
      if (method === 'GET') for (const [k, v] of body) url.searchParams.append(k, v);
      const response = await fetch(url, {
        method,
        headers: { Accept: 'application/json' },
        ...(method === 'GET' ? {} : { body }),
        signal: controller.signal,
      });
      if (!response.ok) {
        this.#problem(form, `Not sent: the service answered with an error (${response.status}). ${kept}`);
        return;
      }
      this.#thank(form);
    } catch {
      this.#problem(
        form,
        controller.signal.aborted
          ? `Not sent: the service did not answer within ${seconds(timeoutMs)} seconds. ${kept}`
          : `Not sent: the service could not be reached. Check your connection. ${kept}`,
      );
    } finally {
      clearTimeout(timer);
      this.#sending = false;
      if (button) button.disabled = false;
      form.removeAttribute('aria-busy');
    }
  }
}

customElements.define('signup-form', SignupForm);

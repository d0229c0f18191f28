/** An error to be rendered in the calling service's wire format. */
export class ApiError extends Error {
  readonly code: string;
  readonly status: number;
  readonly type: 'Sender' | 'Receiver';
  constructor(code: string, message: string, status = 400, type?: 'Sender' | 'Receiver') {
    super(message);
    this.name = code;
    this.code = code;
    this.status = status;
    this.type = type ?? (status >= 500 ? 'Receiver' : 'Sender');
  }
}

export const invalidParam = (message: string) => new ApiError('InvalidParameterValue', message, 400);

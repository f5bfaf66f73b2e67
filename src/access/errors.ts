import { APIError } from 'payload'

/**
 * A refusal by an access rule, with the message the user sees. The name is set explicitly: Payload
 * formats an error without a name as "An unknown error occurred.", and a production build may not
 * keep class names (a role-change refusal over REST read exactly that).
 */
export class AccessRefusal extends APIError {
  constructor(message: string, status = 403) {
    super(message, status, null, true)
    this.name = 'AccessRefusal'
  }
}

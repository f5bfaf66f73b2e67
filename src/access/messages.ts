/**
 * Payload's generic refusal ("You are not allowed to perform this action.") said nothing about who
 * may: every access refusal that no rule words more precisely now names the roles and what each
 * does, so the user knows whom to ask.
 */
export const accessTranslations = {
  zh: {
    error: {
      notAllowedToPerformAction:
        '您的角色无权执行此操作。记者/通讯员撰写、上传并提交自己的稿件；责编初审、修改已提交的稿件、维护栏目与目录；终审签发、发布、撤稿；管理员管理用户、角色和敏感词库。如需此项权限，请联系管理员。',
    },
  },
  en: {
    error: {
      notAllowedToPerformAction:
        'Your role may not do this. Reporters write, upload and submit their own pieces; editors give the first review and keep the catalogs; chief editors sign off, publish and withdraw; administrators manage users, roles and the word list. Ask an administrator if you need this.',
    },
  },
}

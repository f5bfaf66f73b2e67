/** Collection slugs. They are part of the REST API (`/api/<slug>`) and must not change. */
export const USERS = 'users'
export const ORGANIZATIONS = 'organizations'
export const TOPICS = 'topics'
export const HONORS = 'honors'
export const ARTICLES = 'articles'
export const MODEL_WORKERS = 'model-workers'
export const MEDIA = 'media'
export const GALLERIES = 'galleries'
export const VIDEO_CAMPAIGNS = 'video-campaigns'
export const YEARLY_REVIEWS = 'yearly-reviews'

/** Collections with drafts and versions, published through the review chain. */
export const PUBLISHABLE = [ARTICLES, MODEL_WORKERS, GALLERIES, VIDEO_CAMPAIGNS, YEARLY_REVIEWS] as const

/** Admin-managed word list checked on submit and publish. */
export const SENSITIVE_WORDS = 'sensitive-words'

/** 通讯员名册: the office's correspondents in the units, for bylines and output statistics (src/stats). */
export const CORRESPONDENTS = 'correspondents'

/** 报送与来稿: pieces a unit sends up to the unit above, and what that unit did with them (src/federation). */
export const SUBMISSIONS = 'submissions'

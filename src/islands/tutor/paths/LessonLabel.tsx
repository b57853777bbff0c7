/** A lesson as the path pages show it: its picture, its title, and the Bulgarian title under it. */
import type { CatalogueLesson } from '../../../lib/paths/catalogue';

export default function LessonLabel({ lesson, locale }: { lesson: CatalogueLesson; locale: string | undefined }) {
  return (
    <>
      {lesson.picture ? (
        <img src={lesson.picture} alt="" width="48" height="48" className="paths__picture" />
      ) : (
        <span className="paths__picture" />
      )}
      <span className="paths__titles">
        <a href={lesson.url} className="paths__title">
          {lesson.title}
        </a>
        {locale !== 'bg' && (
          <span lang="bg" className="paths__title-bg">
            {lesson.titleBg}
          </span>
        )}
      </span>
    </>
  );
}

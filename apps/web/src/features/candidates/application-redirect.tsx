import { Navigate, useParams } from 'react-router';
import { useMe } from '../../app/session';
import { Page } from '../../components/page';
import { QueryState } from '../../components/states';
import { ApplicationPanel } from './application-panel';
import { fullName, useApplication } from './candidates-api';
import './candidates.css';

/**
 * `/applications/:id`, the link reminder emails carry: the application in its candidate's page.
 * An interviewer may see the application but not the candidate's record, so they get the
 * application on its own.
 */
export function ApplicationRedirect() {
  const { applicationId = '' } = useParams();
  const me = useMe();
  const application = useApplication(applicationId);
  return (
    <QueryState query={application} loadingLabel="Opening the application…">
      {(data) =>
        me.can('candidates:read') ? (
          <Navigate replace to={`/candidates/${data.candidate.id}?application=${data.id}`} />
        ) : (
          <Page title={`${fullName(data.candidate)} · ${data.job.title}`} wide>
            <ApplicationPanel applicationId={data.id} candidateName={fullName(data.candidate)} />
          </Page>
        )
      }
    </QueryState>
  );
}

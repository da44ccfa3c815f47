package org.directivetracker.projections.registry;

import java.util.List;

import org.directivetracker.core.api.status.TimelinessRules;
import org.directivetracker.projections.briefing.BriefingChangesReadModel;
import org.directivetracker.projections.briefing.BriefingQueries;
import org.directivetracker.projections.communes.CommuneDirectory;
import org.directivetracker.projections.communestatus.CommuneStatusQueries;
import org.directivetracker.projections.departments.DepartmentDirectory;
import org.directivetracker.projections.meetings.MeetingQueries;
import org.directivetracker.projections.meetings.MeetingsReadModel;
import org.directivetracker.projections.obstacles.ObstacleRegisterQueries;
import org.directivetracker.projections.obstacles.ObstacleRegisterReadModel;
import org.directivetracker.projections.progress.DirectiveProgressQueries;
import org.directivetracker.projections.progress.DirectiveStates;
import org.directivetracker.projections.readmodel.ReadModelRegistration;
import org.directivetracker.projections.readmodel.ReadModelRoom;
import org.directivetracker.projections.threads.ThreadsReadModel;
import org.directivetracker.projections.statistics.StatisticsQueries;
import org.directivetracker.projections.statistics.StatisticsReadModel;
import org.directivetracker.projections.statistics.StatisticsRules;

/**
 * The tracker's read models, registered in one place: the room gives each its processor, batches, change log,
 * copies and rebuild from this list. A new read model is one more registration here.
 */
public final class TrackerReadModels {

    public static final List<ReadModelRegistration<?>> ALL = List.of(
            DirectiveStates.REGISTRATION,
            ObstacleRegisterReadModel.REGISTRATION,
            BriefingChangesReadModel.REGISTRATION,
            ThreadsReadModel.REGISTRATION,
            StatisticsReadModel.REGISTRATION,
            MeetingsReadModel.REGISTRATION);

    private TrackerReadModels() {
    }

    /** The query handlers with departments shown by their codes and the standard timeliness rules. */
    public static List<Object> queryHandlers(ReadModelRoom room, CommuneDirectory names) {
        return queryHandlers(room, names, DepartmentDirectory.NONE, TimelinessRules.standard());
    }

    /**
     * The query handlers, answering from the room's live read models, departments named from their directory and
     * timeliness judged by the given rules.
     */
    public static List<Object> queryHandlers(ReadModelRoom room, CommuneDirectory names, DepartmentDirectory departments,
            TimelinessRules rules) {
        DirectiveStates states = room.readModel(DirectiveStates.REGISTRATION);
        ObstacleRegisterReadModel obstacles = room.readModel(ObstacleRegisterReadModel.REGISTRATION);
        return List.of(
                new DirectiveProgressQueries(states, names, rules),
                new CommuneStatusQueries(states, names, rules),
                new ObstacleRegisterQueries(obstacles, names, departments),
                new BriefingQueries(states, obstacles, room.readModel(BriefingChangesReadModel.REGISTRATION), names,
                        departments, rules),
                new StatisticsQueries(room.readModel(StatisticsReadModel.REGISTRATION), names,
                        StatisticsRules.of(rules)),
                new MeetingQueries(room.readModel(MeetingsReadModel.REGISTRATION)));
    }
}
